using QommerceHub.Catalog.Model;

namespace QommerceHub.Catalog.Apis.Dtos;

public sealed record LedgerEntry(
    long Id,
    int TenantId,
    int ProductId,
    int Change,
    int ReservedChange,
    int ResultingOnHand,
    int ResultingReserved,
    string Reason,
    string? Reference,
    string Actor,
    DateTimeOffset CreatedAt)
{
    public static LedgerEntry From(StockLedgerEntry e) => new(
        e.Id, e.TenantId, e.ProductId, e.Change, e.ReservedChange, e.ResultingOnHand, e.ResultingReserved,
        e.Reason, e.Reference, e.Actor, e.CreatedAt);
}
