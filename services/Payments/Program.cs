using QommerceHub.Payments.Apis;
using QommerceHub.Payments.Extensions;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.ServiceDefaults;

await ServiceApp.RunAsync<PaymentsDbContext>(args, builder => builder.AddApplicationServices(), app => app.MapPaymentsApi());
