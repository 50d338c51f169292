
namespace QommerceHub.Payments.Apis;

/// <summary>
/// The original payment API answered every failure as <c>{success:false, error}</c>; ours are problem details, and
/// under <c>/api/payments</c> they carry <c>success:false</c> too, whoever wrote them (endpoint, binder, token check).
/// </summary>
public static class PaymentProblems
{
    public static IServiceCollection AddPaymentProblems(this IServiceCollection services) =>
        services.PostConfigure<ProblemDetailsOptions>(options =>
        {
            var shared = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                shared?.Invoke(context);
                if (context.HttpContext.Request.Path.StartsWithSegments("/api/payments"))
                    context.ProblemDetails.Extensions["success"] = false;
            };
        });
}
