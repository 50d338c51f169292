namespace QommerceHub.Orders.Apis.Dtos;

public sealed record MessageResponse(string Message);
