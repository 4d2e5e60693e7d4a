namespace SemaineIndustrie.BrowserTests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding SemaineIndustrie.slnx, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SemaineIndustrie.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No SemaineIndustrie.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>A file of the web project's locked npm packages (axe-core, jsQR for the tests), installed by its build.</summary>
    public static string FrontEndFile(string relativePath)
    {
        var path = Path.Combine(Root, "src", "SemaineIndustrie.Web", "node_modules", relativePath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"{relativePath} is missing: run `npm ci` in src/SemaineIndustrie.Web (its build does when node_modules is absent).", path);
        return File.ReadAllText(path);
    }

    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(Root, "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
