namespace QommerceHub.Contracts;

public sealed record StockShortfall(int ProductId, int Requested, int Available);
