using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>The people of the security table, over <see cref="KnownCatalogue"/>'s organisations (Lot and Gers).</summary>
public static class People
{
    public const string Password = "mot-de-passe-de-test";
    public const string Anonymous = "anonyme";
    public const string Organiser = "organisateur@fonderie.test";
    public const string OtherMember = "membre@ateliers-auch.test";
    public const string LotReviewer = "referent@lot.test";
    public const string GersReviewer = "referent@gers.test";
    public const string OccitanieCoordinator = "coordination@occitanie.test";
    public const string BretagneCoordinator = "coordination@bretagne.test";
    public const string Administrator = "admin@dge.test";

    public static readonly string[] All =
        [Anonymous, Organiser, OtherMember, LotReviewer, GersReviewer, OccitanieCoordinator, BretagneCoordinator, Administrator];

    public static async Task SeedAsync(TestApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SemaineIndustrie.Data.AppDbContext>();
        var foundry = await db.Organisations.Where(o => o.Name == "Fonderie du Quercy").Select(o => o.Id).SingleAsync();
        var auch = await db.Organisations.Where(o => o.Name == "Ateliers d’Auch").Select(o => o.Id).SingleAsync();
        foreach (var email in All.Skip(1))
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email.Split('@')[0] };
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            TerritorialRole Role(TerritorialRoleKind kind, string? department = null, string? region = null) =>
                new() { UserId = user.Id, Kind = kind, DepartmentCode = department, RegionCode = region };
            switch (email)
            {
                case Organiser: db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = foundry, UserId = user.Id }); break;
                case OtherMember: db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = auch, UserId = user.Id }); break;
                case LotReviewer: db.TerritorialRoles.Add(Role(TerritorialRoleKind.DepartmentReviewer, "46")); break;
                case GersReviewer: db.TerritorialRoles.Add(Role(TerritorialRoleKind.DepartmentReviewer, "32")); break;
                case OccitanieCoordinator: db.TerritorialRoles.Add(Role(TerritorialRoleKind.RegionalCoordinator, region: "76")); break;
                case BretagneCoordinator: db.TerritorialRoles.Add(Role(TerritorialRoleKind.RegionalCoordinator, region: "53")); break;
                case Administrator: db.TerritorialRoles.Add(Role(TerritorialRoleKind.NationalAdministrator)); break;
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>A client that keeps its cookies and does not follow redirects, signed in as the person (or anonymous).</summary>
    public static async Task<HttpClient> ClientAsync(this TestApp app, string person)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (person == Anonymous) return client;
        var response = await client.SubmitAsync("/compte/connexion", [("Input.Email", person), ("Input.Password", Password)]);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{person} could not sign in: {(int)response.StatusCode}");
        return client;
    }
}
