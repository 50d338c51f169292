namespace QommerceHub.Orders.Apis.Dtos;

public sealed record StatusChangeRequest(string? Status);
