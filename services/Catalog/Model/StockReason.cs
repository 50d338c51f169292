namespace QommerceHub.Catalog.Model;

/// <summary>Why stock moved; every ledger row carries one of these.</summary>
public static class StockReason
{
    public const string Created = "created";
    public const string Received = "received";
    public const string Damaged = "damaged";
    public const string Lost = "lost";
    public const string Count = "count";
    public const string Correction = "correction";
    public const string Return = "return";
    public const string Reservation = "reservation";
    public const string Release = "release";
    public const string Sale = "sale";

    /// <summary>Reasons staff may give for a manual adjustment.</summary>
    public static readonly IReadOnlyList<string> Adjustments = [Received, Damaged, Lost, Count, Correction, Return];

    public static bool IsAdjustment(string? reason) => reason is not null && Adjustments.Contains(reason);

    /// <summary>Stock that arrives can only go up; stock that is written off can only go down.</summary>
    public static string? SignProblem(string reason, int delta) => reason switch
    {
        Received or Return when delta <= 0 => $"A '{reason}' adjustment must add stock (positive delta)",
        Damaged or Lost when delta >= 0 => $"A '{reason}' adjustment must remove stock (negative delta)",
        _ => null,
    };
}
