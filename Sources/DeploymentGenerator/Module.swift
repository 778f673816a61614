// DeploymentGenerator
