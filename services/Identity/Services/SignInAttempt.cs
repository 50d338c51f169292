using QommerceHub.ServiceDefaults.Workflows;

namespace QommerceHub.Identity.Services;

/// <summary>
/// A sign-in's outcome and, when the address is locked out of the account, the seconds until it may try again, which
/// the API sends as Retry-After.
/// </summary>
public sealed record SignInAttempt(Outcome<SignedIn> Outcome, int? RetryAfterSeconds = null);
