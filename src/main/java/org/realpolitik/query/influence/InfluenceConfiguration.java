package org.realpolitik.query.influence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InfluenceSettings.class)
class InfluenceConfiguration {

}
