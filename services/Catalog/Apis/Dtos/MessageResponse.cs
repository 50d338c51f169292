namespace QommerceHub.Catalog.Apis.Dtos;

public sealed record MessageResponse(string Message);
