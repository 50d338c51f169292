namespace QommerceHub.Analytics.Reports;

/// <summary>
/// Sales that happened at one instant or within one bucket starting then: net revenue, counted orders and
/// the orders placed there by current status.
/// </summary>
public sealed record SalesSlice(DateTimeOffset At, decimal Revenue, int Orders, int Pending, int Processing, int Completed, int Cancelled);
