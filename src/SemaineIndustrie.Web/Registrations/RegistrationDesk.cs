using SemaineIndustrie.Data.Registrations;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Takes registrations, from the site's form and from partners' sites alike (ADR 0008). A request reads nothing and
/// writes nothing itself: it joins its session's queue, whose next batch checks and writes it (ADR 0016), and its
/// first mail is posted to be sent once it is answered (ADR 0017).
/// </summary>
public sealed class RegistrationDesk(RegistrationQueue queue, RegistrationLetters letters)
{
    /// <summary>Not cancellable: once queued, a registration is written even if the person stops waiting for the answer.</summary>
    public async Task<RegistrationOutcome> RegisterAsync(int sessionId, RegistrationRequest request, RegistrationChannel channel)
    {
        var (token, hash) = PrivateToken.New();
        var (outcome, mail) = await queue.RegisterAsync(sessionId, new PendingRegistration(request, channel, hash));
        if (outcome is not Registered registered) return outcome;
        if (mail is not null) letters.Registered(mail, registered.WaitlistPosition, token);
        return registered with { Token = token };
    }
}
