using QommerceHub.Reporting.Apis;
using QommerceHub.Reporting.Extensions;
using QommerceHub.Reporting.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<ReportingDbContext>(args, builder => builder.AddApplicationServices(), app =>
{
    app.MapInvoicesApi();
    app.MapReportsApi();
});
