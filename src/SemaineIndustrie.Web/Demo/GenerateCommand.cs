namespace SemaineIndustrie.Web.Demo;

/// <summary>Stub: being written.</summary>
internal static class GenerateCommand
{
    public static Task<int> RunAsync(IServiceProvider services, string[] args) => Task.FromResult(0);
}
