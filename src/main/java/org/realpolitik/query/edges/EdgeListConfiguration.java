package org.realpolitik.query.edges;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeListSettings.class)
class EdgeListConfiguration {

}
