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
