using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>An application with <see cref="KnownCatalogue"/>, <see cref="People"/> and a real SMTP server of its own.</summary>
public sealed class AccountsApp : IAsyncDisposable
{
    public TestApp App { get; }
    public MailSink Mail { get; }

    private AccountsApp(TestApp app, MailSink mail) { App = app; Mail = mail; }

    public static async Task<AccountsApp> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var mail = await MailSink.StartAsync();
        var all = new Dictionary<string, string?>(mail.Settings) { ["Accounts:SignInAttemptsPerMinute"] = "1000" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        var app = new TestApp(await TestDatabase.CreateAsync(provider), all);
        _ = app.Server;
        var outbox = app.Services.GetRequiredService<MailOutbox>();
        mail.Settle = () => outbox.WhenSentAsync(TimeSpan.FromSeconds(30));
        await app.WithDbAsync(KnownCatalogue.SeedAsync);
        await People.SeedAsync(app);
        return new AccountsApp(app, mail);
    }

    public Task<HttpClient> ClientAsync(string person) => App.ClientAsync(person);

    public async ValueTask DisposeAsync()
    {
        try { await App.DisposeAsync(); }
        finally { await Mail.DisposeAsync(); }
    }
}
