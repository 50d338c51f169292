namespace QommerceHub.Identity.Apis;

public sealed record LogoUploaded(string Message, string LogoUrl);
