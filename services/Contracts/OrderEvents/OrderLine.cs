namespace QommerceHub.Contracts;

public sealed record OrderLine(int ProductId, string ProductName, int Quantity, decimal UnitPrice);
