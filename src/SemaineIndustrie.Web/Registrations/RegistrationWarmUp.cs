using System.Text.Json;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Prepares the registration path once the application has started: EF Core compiles each query on its first use and
/// the JSON serializer builds each type's contract on its first use, tens of milliseconds each, for which the first
/// rush on a session after a deployment would otherwise wait while holding the session's lock (ADR 0017). Runs
/// against a session that does not exist: nothing is written. The request then goes through the desk and the session's
/// queue, to be told that this session does not exist: on two cores, compiling the queue's and the inserts' code
/// during the first rush was a tenth of a second of it (issue 8). A failure (the database not reachable yet) is only
/// logged: the first registration then prepares what it needs, as it would have anyway.
/// </summary>
public sealed class RegistrationWarmUp(
    IServiceScopeFactory scopes, RegistrationDesk desk, IHostApplicationLifetime lifetime, IOptions<HttpJsonOptions> json, ILogger<RegistrationWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await AfterStart.WaitAsync(lifetime, stoppingToken);
        try
        {
            var options = json.Value.SerializerOptions;
            var body = JsonSerializer.Deserialize<RegistrationBody>("""{"kind":"individual","name":"A","email":"a@b.fr","places":1}""", options);
            JsonSerializer.Serialize(new RegistrationCreated(ApiRegistrationStatus.Waitlisted, 1, body?.Places ?? 1, "/inscriptions/x"), options);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RegistrationBatch>().PrepareAsync(stoppingToken);
            var request = new RegistrationRequest(RegistrationKind.Individual, body?.Name, body?.Email, null, body?.Places);
            // The address is checked by MimeKit, whose first use builds its tables of character sets (eleven exceptions
            // thrown and caught on the way): here rather than in the first batch, under the session's lock.
            request.Validate(maxPlacesForPerson: 1, capacity: 1);
            const int noSession = 0;
            await desk.RegisterAsync(noSession, request, RegistrationChannel.Api);
            logger.LogDebug("Chemin d’inscription préparé.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "La préparation du chemin d’inscription a échoué ; la première inscription la fera.");
        }
    }
}
