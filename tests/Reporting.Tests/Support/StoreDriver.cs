using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Testing;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>One store as seen by Reporting: the events its other services publish and its staff's HTTP calls.</summary>
public sealed class StoreDriver(ReportingHost reporting, int tenantId)
{
    public int TenantId => tenantId;
    public HttpClient Client { get; } = reporting.Factory.ClientFor(tenantId, userId: 3, role: "owner");

    /// <summary>Publishes as another service would; the same record published twice keeps its MessageId (a redelivery).</summary>
    public Task PublishAsync<T>(T message) where T : IntegrationEvent => reporting.Bus.Publish(message);

    public Task<IReadOnlyList<InvoiceIssued>> WaitForDocumentsAsync(Func<IReadOnlyList<InvoiceIssued>, bool> done, string what) =>
        Eventually.Until(() => Task.FromResult(reporting.IssuedFor(tenantId)), done, TimeSpan.FromSeconds(60), what);

    public async Task<InvoiceIssued> WaitForInvoiceAsync(int orderId) =>
        (await WaitForDocumentsAsync(d => d.Any(e => e.OrderId == orderId && e.DocumentKind == "invoice"), $"the invoice of order {orderId}"))
        .First(e => e.OrderId == orderId && e.DocumentKind == "invoice");

    /// <summary>GETs a path until it answers 200 with content that satisfies <paramref name="done"/>.</summary>
    public async Task<byte[]> DownloadWhenAsync(string path, Func<byte[], bool> done, string what) =>
        (await Eventually.Until(async () =>
        {
            var response = await Client.GetAsync(path);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync() : [];
        }, bytes => bytes.Length > 0 && done(bytes), TimeSpan.FromSeconds(60), what));

    /// <summary>Reads Reporting's own tables as this store (query filters and row-level security apply).</summary>
    public async Task<T> QueryAsync<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = reporting.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        db.Tenant.Use(tenantId);
        return await query(db);
    }

    public Task<List<string>> InvoiceNumbersAsync() =>
        QueryAsync(db => db.Invoices.OrderBy(i => i.Sequence).Select(i => i.Number).ToListAsync());
}
