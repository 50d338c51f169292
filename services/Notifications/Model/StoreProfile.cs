using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Notifications.Model;

/// <summary>Notifications' replica of a store's name and colours (from Identity events), for branding emails.</summary>
[NotTenantFiltered("Read by consumers by the tenant the event names; no API serves it")]
public sealed class StoreProfile
{
    public int TenantId { get; set; }
    public required string StoreName { get; set; }
    public required string OwnerEmail { get; set; }
    public string PrimaryColor { get; set; } = "#3b5bdb";
    public string AccentColor { get; set; } = "#f59f00";
    public string TextColor { get; set; } = "#212529";
    public string BackgroundColor { get; set; } = "#f7f7fb";
}
