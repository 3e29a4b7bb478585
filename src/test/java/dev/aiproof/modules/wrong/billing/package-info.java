/** Declares no dependency, so its use of the shop module is a violation too. */
@ApplicationModule(allowedDependencies = {})
package dev.aiproof.modules.wrong.billing;

import org.springframework.modulith.ApplicationModule;
