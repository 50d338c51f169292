using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Notifications.Infrastructure;
using QommerceHub.Notifications.Model;
using QommerceHub.Testing;

namespace QommerceHub.Notifications.Tests.Support;

/// <summary>Base of the service tests: the shared Notifications instance and a fresh store per test.</summary>
[Collection(InfrastructureFixture.Collection)]
public abstract class NotificationsTestBase(InfrastructureFixture infrastructure, NotificationsHost notifications) : IAsyncLifetime
{
    protected NotificationsHost Notifications => notifications;
    protected MaildevInbox Mailbox => notifications.Mailbox;

    public Task InitializeAsync() => notifications.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Publishes as another service would; the same record published twice keeps its MessageId (a redelivery).</summary>
    protected Task PublishAsync<T>(T message) where T : IntegrationEvent => notifications.Bus.Publish(message);

    /// <summary>A new store with its owner and colours known to Notifications, as Identity announces them.</summary>
    protected async Task<(int TenantId, string OwnerEmail)> NewStoreAsync(string storeName = "Maple & Quill")
    {
        var tenantId = TestTenants.Next();
        var owner = TestTenants.UniqueEmail("owner");
        await PublishAsync(new StoreSettingsChanged
        {
            TenantId = tenantId, StoreName = storeName, OwnerEmail = owner,
            PrimaryColor = "#aa3300", AccentColor = "#22aa88", TextColor = "#111111", BackgroundColor = "#fafafa",
        });
        await Eventually.Until(() => MailLogAsync(db => db.StoreProfiles.AnyAsync(p => p.TenantId == tenantId)), found => found, what: "the store profile");
        return (tenantId, owner);
    }

    protected async Task<T> MailLogAsync<T>(Func<NotificationsDbContext, Task<T>> query)
    {
        await using var scope = notifications.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    protected Task<List<OutgoingMail>> MailsToAsync(string recipient) =>
        MailLogAsync(db => db.OutgoingMails.AsNoTracking().Where(m => m.Recipient == recipient).OrderBy(m => m.Id).ToListAsync());
}
