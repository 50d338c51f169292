namespace QommerceHub.ServiceDefaults.Workflows;

/// <summary>
/// Why a workflow did not do what it was asked, in the domain's words. The API answers each with its own status
/// (<see cref="Http.ApiResults.Problem{T}"/>); a consumer reads it as it is.
/// </summary>
public enum Refusal
{
    /// <summary>The input breaks a rule: a field, an amount, a signature.</summary>
    Invalid,
    /// <summary>The credentials or token given prove no one.</summary>
    Unauthenticated,
    /// <summary>Known caller, but not allowed this yet (an unverified email, a missing permission).</summary>
    Forbidden,
    /// <summary>The account is locked for a while (too many failed sign-ins).</summary>
    Locked,
    /// <summary>The thing named does not exist (or belongs to another store).</summary>
    NotFound,
    /// <summary>The current state does not allow it: a clash, a cancelled order, a refused refund.</summary>
    Conflict,
    /// <summary>The caller changed an older version than the one stored.</summary>
    Stale,
    /// <summary>An outside provider failed to answer; the same request may work later.</summary>
    ProviderFailed,
}
