using QommerceHub.Contracts;
using QommerceHub.Identity.Model;

namespace QommerceHub.Identity.IntegrationEvents.Events;

/// <summary>Builds the messages about a store from its current state, so every sender says the same.</summary>
public static class StoreEvents
{
    public static StoreSettingsChanged SettingsChanged(Store store, string ownerEmail) => new()
    {
        TenantId = store.Id,
        StoreName = store.Name,
        OwnerEmail = ownerEmail,
        PrimaryColor = store.Theme.PrimaryColor,
        AccentColor = store.Theme.AccentColor,
        TextColor = store.Theme.TextColor,
        BackgroundColor = store.Theme.BackgroundColor,
        LogoUrl = store.Theme.LogoUrl,
    };
}
