namespace QommerceHub.Identity.Apis.Dtos;

public sealed record TokenRequest(string? Token);
