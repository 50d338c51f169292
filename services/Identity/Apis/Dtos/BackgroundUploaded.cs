namespace QommerceHub.Identity.Apis.Dtos;

public sealed record BackgroundUploaded(string Message, string BackgroundImageUrl);
