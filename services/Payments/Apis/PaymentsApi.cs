using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Payments.Apis;

/// <summary>The seed's <c>/api/payments</c> routes, the simulated checkout, and the public payment configuration.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments");
        api.MapPost("/create-intent", PaymentEndpoints.CreateIntent).RequirePermission(Permissions.Orders);
        api.MapGet("/status/{paymentIntentId}", PaymentEndpoints.GetStatus).RequirePermission(Permissions.Orders);
        api.MapPost("/refund", PaymentEndpoints.Refund).RequirePermission(Permissions.Refunds);
        api.MapPost("/simulate/confirm", PaymentEndpoints.ConfirmSimulated).RequirePermission(Permissions.Orders);
        api.MapPost("/webhook", WebhookEndpoints.Receive).AllowAnonymous();

        app.MapGet("/api/config/public", WebhookEndpoints.PublicConfig).WithTags("Payments").AllowAnonymous();
        return app;
    }
}
