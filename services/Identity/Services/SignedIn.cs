using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;

namespace QommerceHub.Identity.Services;

/// <summary>The user (with their store) and the tokens of the session just started.</summary>
public sealed record SignedIn(User User, IssuedTokens Tokens);
