using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
using QommerceHub.Identity.Services;
using QommerceHub.ServiceDefaults.Auth;
using QommerceHub.ServiceDefaults.Data;
using QommerceHub.ServiceDefaults.Messaging;

namespace QommerceHub.Identity.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var settings = new IdentitySettings();
        builder.Configuration.GetSection("Jwt").Bind(settings);
        builder.Configuration.GetSection("Lockout").Bind(settings);
        settings.RequireVerifiedEmail = builder.Configuration.GetValue<bool?>("Login:RequireVerifiedEmail") ?? builder.Environment.IsProduction();
        settings.PublicWebUrl = builder.Configuration["PublicWebUrl"] ?? settings.PublicWebUrl;
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new LoginLockout(settings.MaxFailedAttempts, TimeSpan.FromMinutes(settings.LockoutMinutes)));
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService<SigningKeyRotation>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<EmailLinks>();
        builder.Services.AddScoped<LoginThrottles>();
        builder.Services.AddScoped<Sessions>();
        builder.Services.AddScoped<StoreSignups>();
        builder.Services.AddScoped<SignIns>();
        builder.Services.AddScoped<TokenRefreshes>();
        builder.Services.AddScoped<PasswordChanges>();
        builder.Services.AddScoped<ProfileChanges>();
        builder.Services.AddScoped<StoreTeams>();
        builder.Services.AddScoped<StoreThemes>();
        builder.Services.AddScoped<EmailVerifications>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<User>, Microsoft.AspNetCore.Identity.PasswordHasher<User>>();

        builder.AddServiceDatabase<IdentityDbContext>("identitydb", IdentityDbContext.SchemaName);
        builder.AddServiceBus("identity");
        builder.AddJwtValidation();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore>(ValidateWithOwnKeys);
    }

    /// <summary>
    /// Identity checks its own keys directly and refuses tokens revoked by a password reset or removal (token version)
    /// or whose session ended (logout, another device's password change): a session lives while a refresh token of it does.
    /// </summary>
    private static void ValidateWithOwnKeys(JwtBearerOptions options, SigningKeyStore keyStore)
    {
        options.MetadataAddress = "";
        options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => keyStore.CurrentKeys;
        options.Events.OnTokenValidated = async ctx =>
        {
            var userId = int.TryParse(ctx.Principal?.FindFirst("sub")?.Value, out var id) ? id : 0;
            var version = ctx.Principal?.FindFirst(TokenConventions.TokenVersionClaim)?.Value;
            // Tokens issued before sessions existed carry no sid; the version alone decides for them.
            Guid? session = Guid.TryParse(ctx.Principal?.FindFirst(TokenConventions.SessionIdClaim)?.Value, out var sid) ? sid : null;
            var db = ctx.HttpContext.RequestServices.GetRequiredService<IdentityDbContext>();
            var current = await db.Users.Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.TokenVersion,
                    SessionLive = session == null || db.RefreshTokens.Any(t => t.UserId == u.Id && t.SessionId == session && t.RevokedAt == null),
                })
                .FirstOrDefaultAsync();
            if (current is null || !current.SessionLive
                || current.TokenVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) != version)
                ctx.Fail("The token has been revoked");
        };
    }
}
