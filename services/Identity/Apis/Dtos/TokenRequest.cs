namespace QommerceHub.Identity.Apis;

public sealed record TokenRequest(string? Token);
