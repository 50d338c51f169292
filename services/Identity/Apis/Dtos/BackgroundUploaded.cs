namespace QommerceHub.Identity.Apis;

public sealed record BackgroundUploaded(string Message, string BackgroundImageUrl);
