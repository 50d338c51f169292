namespace QommerceHub.Catalog.Model;

/// <summary>Units of one product an order asks to hold.</summary>
public sealed record ReservationRequest(int ProductId, int Quantity);
