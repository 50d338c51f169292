using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Payments.Apis;

/// <summary>The seed's <c>/api/payments</c> routes, the simulated checkout, and the public payment configuration.</summary>
public static class PaymentsApi
{
    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments");
        api.MapPost("/create-intent", PaymentEndpoints.CreateIntent);
        api.MapGet("/status/{paymentIntentId}", PaymentEndpoints.GetStatus);
        api.MapPost("/refund", PaymentEndpoints.Refund).RequireAuthorization(Policies.Managers);
        api.MapPost("/simulate/confirm", PaymentEndpoints.ConfirmSimulated);
        api.MapPost("/webhook", WebhookEndpoints.Receive).AllowAnonymous();

        app.MapGet("/api/config/public", WebhookEndpoints.PublicConfig).WithTags("Payments").AllowAnonymous();
        return app;
    }
}
