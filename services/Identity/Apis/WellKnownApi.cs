using Microsoft.IdentityModel.Tokens;
using QommerceHub.Identity.Security;
using QommerceHub.ServiceDefaults.Auth;

namespace QommerceHub.Identity.Apis;

/// <summary>The discovery document and JWKS every other process validates access tokens against.</summary>
public static class WellKnownApi
{
    public static IEndpointRouteBuilder MapWellKnownApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/openid-configuration", GetConfiguration).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/.well-known/jwks.json", GetKeys).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult GetConfiguration(HttpRequest request) =>
        Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = TokenConventions.Issuer,
            ["jwks_uri"] = $"{request.Scheme}://{request.Host}/.well-known/jwks.json",
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
        });

    private static async Task<IResult> GetKeys(SigningKeyStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var keys = await store.GetPublishedKeysAsync(cancellationToken);
        response.Headers.CacheControl = "public, max-age=300";
        return Results.Json(new
        {
            keys = keys.Select(k =>
            {
                var parameters = k.Rsa.ExportParameters(includePrivateParameters: false);
                return new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["kid"] = k.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                };
            }),
        });
    }
}
