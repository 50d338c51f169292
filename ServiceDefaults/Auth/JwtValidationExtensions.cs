using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using QommerceHub.ServiceDefaults.Http;

namespace QommerceHub.ServiceDefaults.Auth;

public static class JwtValidationExtensions
{
    /// <summary>
    /// Validates RS256 access tokens against Identity's published JWKS (found through the
    /// <c>services__identity__http__0</c> address), refreshing keys when an unknown key id appears, and refuses
    /// tokens Identity has revoked since they were issued (see <see cref="RevokedAccess"/>).
    /// </summary>
    public static IHostApplicationBuilder AddJwtValidation(this IHostApplicationBuilder builder, Action<JwtBearerOptions>? configure = null)
    {
        var identityUrl = builder.Configuration["services:identity:http:0"] ?? builder.Configuration["Jwt:Authority"];
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            if (identityUrl is not null)
                o.MetadataAddress = identityUrl.TrimEnd('/') + "/.well-known/openid-configuration";
            o.RequireHttpsMetadata = false;
            o.MapInboundClaims = false;
            o.RefreshOnIssuerKeyNotFound = true;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenConventions.Issuer,
                ValidAudience = TokenConventions.Audience,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                NameClaimType = "sub",
                RoleClaimType = TokenConventions.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            o.Events = new JwtBearerEvents
            {
                OnChallenge = async ctx =>
                {
                    ctx.HandleResponse();
                    var message = ctx.AuthenticateFailure is SecurityTokenExpiredException
                        ? "The access token has expired"
                        : ctx.AuthenticateFailure is not null ? "The access token is invalid" : "Authentication required";
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await ApiResults.Error(StatusCodes.Status401Unauthorized, message).ExecuteAsync(ctx.HttpContext);
                },
                OnTokenValidated = ctx =>
                {
                    if (ctx.HttpContext.RequestServices.GetRequiredService<RevokedAccess>().IsRevoked(ctx.Principal))
                        ctx.Fail("The token has been revoked");
                    return Task.CompletedTask;
                },
                OnForbidden = ctx => ApiResults.Error(StatusCodes.Status403Forbidden, "You do not have permission to do this").ExecuteAsync(ctx.HttpContext),
            };
            configure?.Invoke(o);
        });
        builder.Services.TryAddSingleton<RevokedAccess>();
        var authorization = builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var permission in Permissions.All)
            authorization.AddPolicy(Permissions.Policy(permission), p => p.RequireAuthenticatedUser()
                .RequireAssertion(ctx => Permissions.Allows(ctx.User.FindFirst(TokenConventions.RoleClaim)?.Value, permission)));
        return builder;
    }
}
