using QommerceHub.Deploy.Tests.Settings;
using QommerceHub.ServiceDefaults;
using static QommerceHub.Deploy.Tests.Manifests.RenderedManifests;

namespace QommerceHub.Deploy.Tests.Manifests;

/// <summary><c>kubectl kustomize deploy/kubernetes/overlays/{local,production}</c> renders what a platform team needs.</summary>
public sealed class KustomizeOverlayTests
{
    public static TheoryData<string> Overlays => new() { "local", "production" };

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_process_of_the_app_model_and_nothing_else_has_a_Deployment_and_a_Service(string overlay)
    {
        var manifests = await Kustomize.RenderAsync(overlay);
        var processes = await AppModel.ProcessNamesAsync();

        Assert.Equal(processes.Order(), manifests.OfKind("Deployment").Select(Name).Order());
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var service = manifests.Find("Service", Name(deployment));
            Assert.True(service is not null, $"{Name(deployment)} has no Service");
            var labels = PodLabels(deployment);
            foreach (var (key, value) in service["spec"]!["selector"]!.AsObject())
                Assert.True((string?)labels[key] == (string?)value, $"Service {Name(service)} selects {key}={value}, which its pods do not carry");
            var ports = Items(MainContainer(deployment)["ports"]).Select(p => (string?)p["name"]).ToList();
            Assert.All(Items(service["spec"]!["ports"]), p => Assert.Contains((string?)p["targetPort"], ports));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Probes_ask_the_health_endpoints_every_process_maps_on_a_port_it_listens_on(string overlay)
    {
        var manifests = await Kustomize.RenderAsync(overlay);
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var container = MainContainer(deployment);
            var ports = Items(container["ports"]).Select(p => (string?)p["name"]).ToList();
            foreach (var (probe, path) in new[] { ("readinessProbe", Extensions.HealthPath), ("livenessProbe", Extensions.AlivePath), ("startupProbe", Extensions.AlivePath) })
            {
                var get = container[probe]?["httpGet"];
                Assert.True(get is not null, $"{Name(deployment)} has no HTTP {probe}");
                Assert.Equal(path, (string?)get["path"]);
                Assert.Contains((string?)get["port"], ports);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Containers_run_as_non_root_on_a_read_only_root_filesystem_with_requests_and_limits(string overlay)
    {
        var manifests = await Kustomize.RenderAsync(overlay);
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.True((bool?)pod["securityContext"]?["runAsNonRoot"] == true, $"{Name(deployment)} may run as root");
            foreach (var container in InitContainers(deployment).Append(MainContainer(deployment)))
            {
                var what = $"{Name(deployment)}/{container["name"]}";
                Assert.True((bool?)container["securityContext"]?["readOnlyRootFilesystem"] == true, $"{what} has a writable root filesystem");
                Assert.True((bool?)container["securityContext"]?["allowPrivilegeEscalation"] == false, $"{what} may escalate privileges");
                Assert.Contains(Items(container["volumeMounts"]), m => (string?)m["mountPath"] == "/tmp");
                foreach (var kind in new[] { "requests", "limits" })
                    foreach (var resource in new[] { "cpu", "memory" })
                        Assert.True(container["resources"]?[kind]?[resource] is not null, $"{what} has no {resource} {kind}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Every_service_migrates_in_an_init_container_before_it_starts(string overlay)
    {
        var manifests = await Kustomize.RenderAsync(overlay);
        foreach (var deployment in manifests.OfKind("Deployment").Where(d => Name(d) != "gateway"))
        {
            var migrate = InitContainers(deployment).SingleOrDefault(c => (string?)c["name"] == "migrate");
            Assert.True(migrate is not null, $"{Name(deployment)} has no migrate init container");
            Assert.Equal((string?)MainContainer(deployment)["image"], (string?)migrate["image"]);
            Assert.Contains(Items(migrate["env"]), e => (string?)e["name"] == "Database__MigrateOnly" && (string?)e["value"] == "true");
        }
    }

    [Fact]
    public async Task Local_overlay_generates_every_secret_its_Deployments_need()
    {
        var manifests = await Kustomize.RenderAsync("local");
        foreach (var deployment in manifests.OfKind("Deployment"))
            foreach (var env in Items(MainContainer(deployment)["env"]).Where(e => e["valueFrom"]?["secretKeyRef"] is not null))
            {
                var reference = env["valueFrom"]!["secretKeyRef"]!;
                var secret = manifests.Find("Secret", (string)reference["name"]!);
                Assert.True(secret is not null, $"{Name(deployment)} needs Secret {reference["name"]}, which is not generated");
                Assert.True((bool?)reference["optional"] == true || secret["data"]?[(string)reference["key"]!] is not null,
                    $"Secret {reference["name"]} has no {reference["key"]}");
            }
    }

    [Fact]
    public async Task Production_renders_no_secret_values_and_scales_every_process()
    {
        var manifests = await Kustomize.RenderAsync("production");
        Assert.Empty(manifests.OfKind("Secret"));
        var processes = manifests.OfKind("Deployment").Select(Name).Order().ToList();
        Assert.Equal(processes, manifests.OfKind("PodDisruptionBudget").Select(Name).Order());
        Assert.Equal(processes, manifests.OfKind("HorizontalPodAutoscaler").Select(Name).Order());
        foreach (var hpa in manifests.OfKind("HorizontalPodAutoscaler"))
        {
            Assert.Equal(Name(hpa), (string?)hpa["spec"]!["scaleTargetRef"]!["name"]);
            Assert.True((int)hpa["spec"]!["minReplicas"]! >= 2, $"{Name(hpa)} may scale below two replicas");
        }
        Assert.All(manifests.OfKind("Deployment"), d => Assert.Equal(2, (int)d["spec"]!["replicas"]!));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Only_the_gateway_is_reachable_from_outside_and_each_process_reaches_only_what_it_calls(string overlay)
    {
        var manifests = await Kustomize.RenderAsync(overlay);
        var deny = manifests.Find("NetworkPolicy", "default-deny");
        Assert.True(deny is not null && deny["spec"]!["podSelector"]!.AsObject().Count == 0, "no default-deny policy for the namespace");

        var ingress = Assert.Single(manifests.OfKind("Ingress"));
        var backends = Items(ingress["spec"]!["rules"]).SelectMany(r => Items(r["http"]!["paths"])).Select(p => (string?)p["backend"]!["service"]!["name"]);
        Assert.All(backends, b => Assert.Equal("gateway", b));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var process = Name(deployment);
            var policy = manifests.Find("NetworkPolicy", process);
            Assert.True(policy is not null, $"{process} has no NetworkPolicy");
            Assert.Equal(process, (string?)policy["spec"]!["podSelector"]!["matchLabels"]!["app.kubernetes.io/name"]);

            var fromOutsidePods = Items(policy["spec"]!["ingress"]).SelectMany(r => Items(r["from"])).Any(f => f["podSelector"] is null);
            Assert.True(fromOutsidePods == (process == "gateway"), $"{process}: only the gateway may admit traffic from outside the namespace's pods");

            // Pods it may call are the services it has an address for (services__<name>__http__0); Identity reads
            // its own address through the shared JWT set-up but checks tokens with its own keys.
            var calls = CodeSettingsScanner.Scan(process).Keys
                .Select(k => SettingKey.Segments(k)).Where(s => s is ["services", _, "http", "<n>"]).Select(s => s[1])
                .Where(target => target != process).ToHashSet();
            var reaches = Items(policy["spec"]!["egress"]).SelectMany(r => Items(r["to"]))
                .Select(t => (string?)t["podSelector"]?["matchLabels"]?["app.kubernetes.io/name"]).OfType<string>().ToHashSet();
            Assert.True(calls.SetEquals(reaches), $"{process} calls [{string.Join(", ", calls.Order())}] but may reach [{string.Join(", ", reaches.Order())}]");
        }
    }
}
