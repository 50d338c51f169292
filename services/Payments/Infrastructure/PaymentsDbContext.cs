using Microsoft.EntityFrameworkCore;
using QommerceHub.Payments.Model;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Tenancy;

namespace QommerceHub.Payments.Infrastructure;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options, TenantContext tenant)
    : ServiceDbContext(options, tenant)
{
    public const string SchemaName = "payments";

    public DbSet<PayableOrder> PayableOrders => Set<PayableOrder>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentRefund> Refunds => Set<PaymentRefund>();
    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();

    protected override string Schema => SchemaName;
}
