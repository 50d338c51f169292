namespace QommerceHub.Identity.Apis.Dtos;

public sealed record LogoUploaded(string Message, string LogoUrl);
