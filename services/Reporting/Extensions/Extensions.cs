using QommerceHub.Reporting.Exports;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.Reporting.Invoices;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Reporting.Extensions;

/// <summary>All of Reporting's wiring in one place.</summary>
public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var fonts = new InvoiceFontSettings();
        builder.Configuration.GetSection("Invoices").Bind(fonts);
        builder.Services.AddSingleton(new InvoicePdfRenderer(fonts));
        builder.Services.AddScoped<InvoiceNumberAllocator>();
        builder.Services.AddScoped<InvoiceIssuer>();
        builder.Services.AddScoped<SalesCsvExport>();
        builder.Services.AddScoped<CustomersCsvExport>();
        builder.Services.AddScoped<InventoryExcelExport>();

        builder.AddServiceDatabase<ReportingDbContext>("reportingdb", ReportingDbContext.SchemaName);
        builder.AddServiceBus("reporting", x => x.AddServiceConsumers(typeof(Extensions).Assembly));
        builder.AddJwtValidation();
    }
}
