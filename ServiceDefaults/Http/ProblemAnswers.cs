using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace QommerceHub.ServiceDefaults.Http;

/// <summary>
/// Declares the problem answers an endpoint can give. A <see cref="Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult"/>
/// carries no status the OpenAPI document can read, so each route names its own.
/// </summary>
public static class ProblemAnswers
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
        return builder;
    }

    /// <summary>401 without a valid token, 403 without the permission or a store: what every authorised route can answer.</summary>
    public static TBuilder ProducesTokenProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden);
}
