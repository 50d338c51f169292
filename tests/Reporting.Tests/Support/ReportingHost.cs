using System.Collections.Concurrent;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QommerceHub.Contracts;
using QommerceHub.Testing;
using QommerceHub.Testing.Hosting;

namespace QommerceHub.Reporting.Tests.Support;

/// <summary>Reporting for the test run, recording the documents it announces as Notifications would receive them.</summary>
public sealed class ReportingHost : SharedServiceHost<ReportingService>
{
    private readonly ConcurrentQueue<InvoiceIssued> issued = new();
    private HostReceiveEndpointHandle? listener;

    public IReadOnlyList<InvoiceIssued> IssuedFor(int tenantId) => issued.Where(e => e.TenantId == tenantId).ToList();

    protected override WebApplicationFactory<ReportingService> Create(InfrastructureFixture infrastructure) =>
        infrastructure.CreateService<ReportingService>("reporting");

    protected override async Task OnStartedAsync(WebApplicationFactory<ReportingService> started)
    {
        listener = started.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(
            new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance,
            endpoint => endpoint.Handler<InvoiceIssued>(context =>
            {
                issued.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        await listener.Ready;
    }

    protected override async ValueTask OnStoppingAsync()
    {
        if (listener is not null) await listener.StopAsync();
    }
}
