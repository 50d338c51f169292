using QommerceHub.Gateway;
using QommerceHub.Gateway.Security;
using QommerceHub.ServiceDefaults;
using QommerceHub.ServiceDefaults.Auth;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddJwtValidation(TokenFromQuery.ForEventStreams);
builder.AddGatewayRateLimiting();
builder.AddGatewayCors();
builder.AddServiceRoutes();
BackendHealthCheck.AddTo(builder.Services.AddHealthChecks());

var app = builder.Build();

app.UseGatewayPipeline();
app.MapApiDocs();
app.MapReverseProxy();

app.Run();

