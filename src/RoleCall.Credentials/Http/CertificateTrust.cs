using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using RoleCall.Core.Errors;

namespace RoleCall.Credentials.Http;

/// <summary>
/// The server-certificate check for <see cref="TransportSettings"/>: the system's (null callback), none at all
/// (<c>--no-verify-ssl</c>), or a chain that must end in one of the CA bundle's certificates, host name checked.
/// </summary>
internal static class CertificateTrust
{
    public static RemoteCertificateValidationCallback? CallbackFor(TransportSettings settings)
    {
        if (!settings.VerifyCertificates)
        {
            // The user asked for it with --no-verify-ssl, exactly as the AWS CLI allows.
#pragma warning disable CA5359
            return static (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        if (settings.CaBundle is null)
        {
            return null;
        }

        var roots = LoadBundle(settings.CaBundle);
        return (_, certificate, _, errors) => certificate is not null
            && (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0
            && (errors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0
            && ChainsTo(certificate, roots);
    }

    private static X509Certificate2Collection LoadBundle(string path)
    {
        try
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(path);
            return roots.Count > 0
                ? roots
                : throw new ConfigurationException($"The CA bundle {path} holds no PEM certificate", "point --ca-bundle, AWS_CA_BUNDLE or ca_bundle at a PEM file of CA certificates");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new ConfigurationException($"Could not find a suitable TLS CA certificate bundle, invalid path: {path}",
                "point --ca-bundle, AWS_CA_BUNDLE or ca_bundle at a readable PEM file of CA certificates", ex);
        }
    }

    private static bool ChainsTo(X509Certificate certificate, X509Certificate2Collection roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
