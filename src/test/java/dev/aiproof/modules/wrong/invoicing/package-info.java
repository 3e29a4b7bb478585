/** May use the shop module's API. */
@ApplicationModule(allowedDependencies = "shop")
package dev.aiproof.modules.wrong.invoicing;

import org.springframework.modulith.ApplicationModule;
