namespace QommerceHub.Catalog.Model;

public static class ReservationStatus
{
    public const string Reserved = "reserved";
    public const string Failed = "failed";
    public const string Released = "released";
    public const string Sold = "sold";
    /// <summary>The order was cancelled before its reservation arrived; a late OrderPlaced must not reserve.</summary>
    public const string CancelledBeforeReservation = "cancelled";
}
