using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;

namespace ChatFindings.Cli.Execution;

/// <summary>Creates the in-process C# kernel a notebook runs in: the same shape the stock kernels have.</summary>
public static class KernelFactory
{
    public const string CSharpKernelName = "csharp";

    /// <summary>A fresh kernel for one notebook; nothing a previous notebook declared is visible.</summary>
    public static CompositeKernel Create()
    {
        // Formatters are process-wide statics in .NET Interactive; reset them so a formatter one
        // notebook registered (e.g. the publication guard) cannot change how the next one displays.
        Formatter.ResetToDefault();
        var kernel = new CompositeKernel
        {
            new CSharpKernel(CSharpKernelName).UseKernelHelpers().UseValueSharing(),
        };
        kernel.DefaultKernelName = CSharpKernelName;
        return kernel;
    }
}
