using System.Net;
using System.Text.Json;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>Two instances behind nginx (deploy/), sharing one PostgreSQL: the deployment docs/deploy.md describes.</summary>
[Collection(OperationsCollection.Name)]
public sealed class TwoInstancesTests(TwoInstancesTests.Deployment deployment) : IClassFixture<TwoInstancesTests.Deployment>
{
    [Fact]
    public async Task ASignInMadeThroughOneInstanceIsHonouredByTheOtherAndThroughNginx()
    {
        var cookies = new CookieContainer();
        using var first = deployment.First.Client(cookies);
        using var second = deployment.Second.Client(cookies);
        using var proxy = Proxy(cookies);

        // The form (and its antiforgery token) from the first instance, posted to the second.
        var signIn = await Scenarios.SignInAsync(first, second);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/compte/connexion", signIn.Headers.Location!.OriginalString);

        foreach (var client in new[] { first, second, proxy, proxy, proxy, proxy })
        {
            var page = await client.GetAsync("/organisateur");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        using var stranger = Proxy(new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.GetAsync("/organisateur")).StatusCode);
    }

    [Fact]
    public async Task RegistrationsThroughBothInstancesNeverConfirmMorePlacesThanTheSessionHas()
    {
        using var proxy = Proxy(new CookieContainer());
        var (session, _, capacity) = await Scenarios.FreshSessionAsync(proxy, 5, 40);
        using var first = deployment.First.Client();
        using var second = deployment.Second.Client();
        var clients = new[] { first, second, proxy };

        var answers = await Task.WhenAll(Enumerable.Range(0, capacity * 2).Select(i =>
            Scenarios.RegisterAsync(clients[i % 3], session, $"double-{session}-{i}@ops.test")));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var statuses = await Task.WhenAll(answers.Select(async a => JsonDocument.Parse(await a.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()));
        Assert.Equal(capacity, statuses.Count(s => s == "confirmed"));
        Assert.Equal(capacity, statuses.Count(s => s == "waitlisted"));
    }

    [Fact]
    public async Task AChangeMadeThroughOneInstanceReachesTheOthersCachedPagesWithinTheDocumentedLifetime()
    {
        using var first = deployment.First.Client();
        using var second = deployment.Second.Client();
        var (session, eventId, capacity) = await Scenarios.FreshSessionAsync(first, 5, 200, skip: 1);
        Assert.Equal(capacity, await PlacesLeftAsync(second, eventId, session)); // now cached by the second instance

        Assert.Equal(HttpStatusCode.Created, (await Scenarios.RegisterAsync(first, session, $"cache-{session}@ops.test")).StatusCode);

        // Cache__PublicSeconds is 2 in this deployment: the second instance shows the change once its copy expires.
        var seen = await PlacesLeftAsync(second, eventId, session);
        for (var waited = 0; seen == capacity && waited < 40; waited++)
        {
            await Task.Delay(250);
            seen = await PlacesLeftAsync(second, eventId, session);
        }
        Assert.Equal(capacity - 1, seen);
    }

    private HttpClient Proxy(CookieContainer cookies) => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
    {
        BaseAddress = deployment.Nginx.BaseAddress, Timeout = TimeSpan.FromSeconds(30),
    };

    private static async Task<int> PlacesLeftAsync(HttpClient client, int eventId, int session)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/events/{eventId}"));
        return json.RootElement.GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == session).GetProperty("placesLeft").GetInt32();
    }

    /// <summary>Its own PostgreSQL server, two instances of the application, nginx in front.</summary>
    public sealed class Deployment : IAsyncLifetime
    {
        private PostgresCluster cluster = null!;
        private readonly string mail = Directory.CreateTempSubdirectory("semaine-ops-mail-").FullName;
        public AppProcess First { get; private set; } = null!;
        public AppProcess Second { get; private set; } = null!;
        public NginxProcess Nginx { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            cluster = await PostgresCluster.StartAsync();
            var connection = await cluster.CreateDatabaseAsync("semaine");
            // The first instance migrates and seeds; the second finds the database ready, as in docs/deploy.md.
            First = await AppProcess.StartAsync(Scenarios.Settings("Postgres", connection, mail, seed: true));
            Second = await AppProcess.StartAsync(Scenarios.Settings("Postgres", connection, mail, seed: false));
            Nginx = await NginxProcess.StartAsync(First.Port, Second.Port);
        }

        public async Task DisposeAsync()
        {
            if (Nginx is not null) await Nginx.DisposeAsync();
            if (Second is not null) await Second.DisposeAsync();
            if (First is not null) await First.DisposeAsync();
            await cluster.DisposeAsync();
            Directory.Delete(mail, recursive: true);
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OperationsCollection
{
    public const string Name = "operations";
}
