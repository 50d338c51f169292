using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using QommerceHub.Identity.Infrastructure;
using QommerceHub.Identity.Model;
using QommerceHub.Identity.Security;
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
        settings.PublicWebUrl = builder.Configuration["PublicWebUrl"] ?? settings.PublicWebUrl;
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(new LoginLockout(settings.MaxFailedAttempts, TimeSpan.FromMinutes(settings.LockoutMinutes)));
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService<SigningKeyRotation>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<EmailLinks>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<User>, Microsoft.AspNetCore.Identity.PasswordHasher<User>>();

        builder.AddServiceDatabase<IdentityDbContext>("identitydb", IdentityDbContext.SchemaName);
        builder.AddServiceBus("identity");
        builder.AddJwtValidation();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeyStore>(ValidateWithOwnKeys);
    }

    /// <summary>Identity checks its own keys directly and refuses tokens revoked by logout or a password change.</summary>
    private static void ValidateWithOwnKeys(JwtBearerOptions options, SigningKeyStore keyStore)
    {
        options.MetadataAddress = "";
        options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => keyStore.CurrentKeys;
        options.Events.OnTokenValidated = async ctx =>
        {
            var userId = int.TryParse(ctx.Principal?.FindFirst("sub")?.Value, out var id) ? id : 0;
            var version = ctx.Principal?.FindFirst(TokenConventions.TokenVersionClaim)?.Value;
            var db = ctx.HttpContext.RequestServices.GetRequiredService<IdentityDbContext>();
            var current = await db.Users.Where(u => u.Id == userId).Select(u => (int?)u.TokenVersion).FirstOrDefaultAsync();
            if (current is null || current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) != version)
                ctx.Fail("The token has been revoked");
        };
    }
}
