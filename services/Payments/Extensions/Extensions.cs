using QommerceHub.Payments.Apis;
using QommerceHub.Payments.Infrastructure;
using QommerceHub.Payments.Providers;
using QommerceHub.Payments.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;
using Stripe;

namespace QommerceHub.Payments.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var stripe = new StripeSettings();
        builder.Configuration.GetSection("Stripe").Bind(stripe);
        stripe.Validate();
        builder.Services.AddSingleton(stripe);
        builder.AddPaymentProvider(stripe);

        builder.Services.AddPaymentProblems();
        builder.Services.AddScoped<Checkouts>();
        builder.Services.AddScoped<Refunds>();
        builder.Services.AddScoped<SimulatedCheckout>();
        builder.Services.AddScoped<StripeEventApplier>();
        builder.Services.AddScoped<StripeWebhookProcessor>();

        builder.AddServiceDatabase<PaymentsDbContext>("paymentsdb", PaymentsDbContext.SchemaName);
        // A second deployment (e.g. a simulated demo beside the real one) sharing a broker sets its own bus name,
        // so each gets every order event instead of the two taking turns.
        builder.AddServiceBus(builder.Configuration["Payments:BusName"] ?? "payments", x => x.AddServiceConsumers(typeof(Extensions).Assembly));
        builder.AddJwtValidation();
    }

    /// <summary>Stripe when a secret key is configured; otherwise the simulated provider, which moves no money.</summary>
    private static void AddPaymentProvider(this IHostApplicationBuilder builder, StripeSettings stripe)
    {
        if (!stripe.UsesStripe)
        {
            builder.Services.AddSingleton<IPaymentProvider, SimulatedPaymentProvider>();
            return;
        }
        builder.Services.AddSingleton(new StripeClient(stripe.SecretKey, apiBase: stripe.ApiBase));
        builder.Services.AddSingleton<IPaymentProvider, StripePaymentProvider>();
    }
}
